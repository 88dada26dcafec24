// Version facts shown by `tfts --version` and `tf.__version__`.
export const TFTS_VERSION = '0.1.0';
/** The TensorFlow API level tfts emulates. */
export const TF_VERSION = '2.21.0';
