big = 2 ** 100
print(big, -big, big + 1, big - 2 ** 99, big * big, big // 3, big % 7, -big // 3, -big % 7, divmod(-big, 12345))
print(big >> 90, 1 << 70, big & 0xFFFF, big | 1, big ^ (big - 1), ~big, -1 >> 3, -(2 ** 70) >> 65)
print(2 ** 64 - 1, (2 ** 64 - 1).bit_length(), (255).bit_length(), (-8).bit_length(), (0).bit_length(), (255).bit_count())
print(10 ** 20 // 7, 10 ** 20 % 7, (-10) ** 21, 3 ** 40, pow(3, 40, 1000), 7 // -2, 7 % -2, -7 // 2, -7 % 2)
print(int('1' * 30) + 1, int('-' + '9' * 25), str(2 ** 200)[:20], len(str(3 ** 1000)))
print(big / 3, 2 ** 53 + 1, float(2 ** 53 + 1), 1 / 3, 10 / 4, 7 / 7, -9 / 2)
print(big == 2.0 ** 100, big + 1 > 2.0 ** 100, 2 ** 1000 > 1e300, hash(2 ** 100), hash(-(2 ** 100)))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\x04\x00', 'big'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2], 'little'), (5).as_integer_ratio(), (7).real, (7).imag)
print(True + 1, True * 3, False - 1, True / 2, True // 1, -True, ~True, True & False, True | False, True ^ True, type(True & True).__name__)
print(isinstance(True, int), True == 1, hash(True), {True: 'a', 1: 'b', 1.0: 'c'}, int(True), str(False), bool(-1))
print(0.1 + 0.2, 1e16, 1e-5, 123456789012345678.0, 1.0e-10, 2.5e20, 1 / 7, -0.0, 3.0, 1e300 * 1e10, float('inf') - float('inf'))
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1.0).hex(), (0.1).hex(), (-3.75).hex())
print(round(2.675, 2), round(0.125, 2), round(-1.5), round(1e20), round(5.5), round(6.5), round(0.1 + 0.2, 10))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7 % -2.5, divmod(7.5, -2), 2 ** 0.5, 2 ** -2, (-8) ** 2, 4 ** 0.5)
print(int(1e20), int(-2.9), int(1e30), float(10 ** 30), float(-5), abs(-0.0), max(1, 2.0), min(-1, -1.0))
print(1 == 1.0, 1 < 1.5, 2 ** 60 == 2.0 ** 60, 0.1 * 3 == 0.3, float('nan') == float('nan'), 3 > 2.999999)
print(f'{2 ** 70:,}', f'{255:b}', f'{3.0:g}', f'{1e-7:f}', f'{12:03d}', f'{-5:05d}', f'{1234.5678:.2e}', f'{0.000123:.1%}')
print(hex(2 ** 64), oct(-9), bin(5), int('0o17', 8), int('-0x10', 16), int('  +12  '))
print(sum(range(10 ** 6)), 10 ** 18 + 1, (10 ** 18 + 1) * 10, 9007199254740993, 9007199254740992 + 1)
print(abs(-2 ** 80), -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 10 ** -2, 0 ** 0, 0.0 ** 0)
x = 5
x += 3
x *= 2
x -= 1
x //= 2
x **= 2
x %= 10
x <<= 3
x >>= 1
x |= 1
x &= 13
x ^= 6
print(x)
