// Makes the runtime's modules importable from Python (`import tensorflow as tf`). The module
// objects are built on first import, so scripts that never import tensorflow pay nothing.
import { registerBuiltinModule } from '../interpreter/modules/loader.js';
import { createTensorflowModule } from './tf-module.js';
import { createNumpyModule } from './numpy/module.js';
import { noteTensorflowImported } from './tf-api/tf-logger.js';

let registered = false;

export function registerRuntimeModules(): void {
  if (registered) return;
  registered = true;
  registerBuiltinModule('tensorflow', () => {
    const tf = createTensorflowModule();
    noteTensorflowImported();
    return tf;
  });
  registerBuiltinModule('numpy', createNumpyModule);
}
