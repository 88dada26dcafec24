# golden: prints warnings
# A script that configures logging before importing TF: no handler on TF's logger, its records
# go to the root's handler in the script's format.
import logging
import sys
logging.basicConfig(level=logging.INFO, format="%(name)s/%(levelname)s: %(message)s", stream=sys.stdout)
import tensorflow as tf

lg = tf.get_logger()
print(lg.handlers, logging.getLogger().handlers)
lg.info("hello %d", 3)
logging.info("root info")
logging.getLogger("tensorflow").setLevel(logging.ERROR)
lg.info("hidden")
lg.error("shown")
