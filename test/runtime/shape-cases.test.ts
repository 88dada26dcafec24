// Shape ops and tensor indexing through the whole stack against TensorFlow 2.21's recorded output
// (fixtures/shape-cases.json, scripts/record-shape-fixtures.py): values, printing, error texts, gradients.
import { describeFixtures } from './shape-fixture-runner.js';

describeFixtures('tf shape', 'shape-cases.json');
