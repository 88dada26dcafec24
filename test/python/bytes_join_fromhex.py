# bytes.join and bytes.fromhex, with their error texts.
print(b", ".join([b"a", b"bc", b""]), b"".join([]), b"-".join(x for x in [b"q"]))
print(bytes.fromhex("0a ff 10"), bytes.fromhex(""), b"x".fromhex("41"))
for bad in ["0g", "abc", "a b"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(e)
try:
    b"".join([b"a", "b"])
except TypeError as e:
    print(e)
