// tf.nn (activations, losses, conv2d/pooling and their gradients, dropout, normalisation) against
// TensorFlow 2.21's recorded output (fixtures/nn-cases.json, scripts/record-shape-fixtures.py).
import { describeFixtures } from './shape-fixture-runner.js';

describeFixtures('tf.nn', 'nn-cases.json');
