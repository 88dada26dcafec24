import sys
print(sys.version_info, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), sys.float_info.epsilon, sys.float_info)
print(sys.version, sys.platform, sys.maxsize, sys.argv[0], type(sys.path).__name__, sys.implementation.name, sys.int_info.bits_per_digit)
sys.stdout.write('written\n'); print(sys.getrecursionlimit()); sys.setrecursionlimit(5000)
major, minor, *_ = sys.version_info
print(major, minor, list(sys.version_info), sys.float_info.max, sys.float_info.dig)
sys.exit(3)
