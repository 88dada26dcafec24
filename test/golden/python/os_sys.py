import os
import sys

os.environ['TF_CPP_MIN_LOG_LEVEL'] = '2'
print(os.environ['TF_CPP_MIN_LOG_LEVEL'])
print(os.environ.get('TFTS_GOLDEN_SURELY_UNSET'))
print(os.environ.get('TFTS_GOLDEN_SURELY_UNSET', 'fallback'))
print('TFTS_GOLDEN_SURELY_UNSET' in os.environ, 'TF_CPP_MIN_LOG_LEVEL' in os.environ)
print(os.path.join('a', 'b', 'c.txt'))
print(os.path.join('/abs', 'x'), os.path.join('a/', 'b'), os.path.join('a', '/b'))
print(os.path.basename('/tmp/data/file.csv'), os.path.dirname('/tmp/data/file.csv'))
print(os.path.splitext('model.weights.h5'))
print(os.path.exists('os_sys.py'), os.path.exists('no_such_file.xyz'))
print(os.path.basename(os.getcwd()))
print(sys.argv)
print(len(sys.argv), sys.argv[0])
print(sys.version_info[0], sys.version_info >= (3, 8))
print(os.sep, type(os.environ['TF_CPP_MIN_LOG_LEVEL']))
