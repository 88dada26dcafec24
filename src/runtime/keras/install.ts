// tf.keras, as far as custom training loops need it: tf.keras.optimizers (SGD, Adam, RMSprop,
// Adagrad), also reachable as tf.optimizers. Installed into the tensorflow module by installKeras(tf).
import { PyModule } from '../../interpreter/objects/function.js';
import { adagradType, adamType, optimizerType, rmspropType, sgdType } from './optimizers.js';

export function installKeras(tf: PyModule): void {
  const optimizers = new PyModule('keras._tf_keras.keras.optimizers');
  optimizers.dict.set('Optimizer', optimizerType);
  optimizers.dict.set('SGD', sgdType);
  optimizers.dict.set('Adam', adamType);
  optimizers.dict.set('RMSprop', rmspropType);
  optimizers.dict.set('Adagrad', adagradType);
  const keras = tf.dict.get('keras');
  const target = keras instanceof PyModule ? keras : new PyModule('keras._tf_keras.keras');
  target.dict.set('optimizers', optimizers);
  tf.dict.set('keras', target);
  // TF 2.x keeps tf.optimizers as a lazy alias of tf.keras.optimizers (older tutorials use it).
  tf.dict.set('optimizers', optimizers);
}
