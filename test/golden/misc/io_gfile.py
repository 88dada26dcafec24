# tf.io.gfile on local paths (TF's errors and messages) and tf.io.write_file/read_file.
import tensorflow as tf
import os
G = tf.io.gfile
base = "gf_tmp"
if G.exists(base):
    G.rmtree(base)
print(G.exists(base), G.isdir("."))
G.makedirs(base + "/a/b")
G.makedirs(base + "/a/b")
G.mkdir(base + "/c")
for f in ["x.txt", "y.csv", "a/z.txt"]:
    with G.GFile(base + "/" + f, "w") as fh:
        fh.write("line1\nline2\n")
print(sorted(G.listdir(base)), sorted(G.glob(base + "/*.txt")), sorted(G.glob(base + "/*/*.txt")))
with G.GFile(base + "/x.txt") as fh:
    print(repr(fh.read()))
with G.GFile(base + "/x.txt", "rb") as fh:
    print(fh.read())
print([l for l in G.GFile(base + "/y.csv")])
G.copy(base + "/x.txt", base + "/c/x2.txt")
G.rename(base + "/y.csv", base + "/c/y2.csv")
print(sorted(G.listdir(base + "/c")), G.stat(base + "/x.txt").length, G.join("a", "b", "c.txt"))
for top, dirs, files in sorted(G.walk(base)):
    print(top, sorted(dirs), sorted(files))
tf.io.write_file(base + "/w.bin", tf.constant(b"abc"))
print(tf.io.read_file(base + "/w.bin"))
for bad in [lambda: G.listdir(base + "/nope"), lambda: G.mkdir(base + "/c"), lambda: G.remove(base + "/nope"),
            lambda: G.copy(base + "/x.txt", base + "/c/x2.txt"), lambda: G.GFile(base + "/nope.txt").read(),
            lambda: G.rename(base + "/x.txt", base + "/c/x2.txt"), lambda: G.stat(base + "/nope")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
G.remove(base + "/x.txt")
G.rmtree(base)
print(G.exists(base), G.isdir(base))
