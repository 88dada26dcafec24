// The `tfts` command line (commander): `tfts run FILE [args...]` and `tfts --version`.
import { Command } from 'commander';
import { runScriptFile } from '../interpreter/script.js';
import { registerRuntimeModules } from '../runtime/register.js';
import { TF_VERSION, TFTS_VERSION } from '../version.js';

export function main(argv: string[]): void {
  const program = new Command();
  program
    .name('tfts')
    .description('Run TensorFlow 2 Python scripts on a TypeScript interpreter with native kernels')
    .version(`tfts ${TFTS_VERSION} (TensorFlow ${TF_VERSION} API, Python 3.11)`, '-V, --version')
    .enablePositionalOptions();
  program
    .command('run')
    .description('run a Python script: tfts run script.py [args...]')
    .argument('<file>', 'the script to run')
    .argument('[args...]', 'arguments passed to the script as sys.argv[1:]')
    .passThroughOptions()
    .allowUnknownOption()
    .action((file: string, args: string[]) => {
      registerRuntimeModules();
      process.exitCode = runScriptFile(file, args);
    });
  program.exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  });
  program.parse(argv);
}
