# tf.strings.ngrams (widths, padding, preserve_short_sequences, dense and ragged data), bytes_split and
# unicode_split (replacement of invalid UTF-8), with TF's errors.
import tensorflow as tf
print(tf.strings.ngrams(["a", "b", "c", "d"], 2))
print(tf.strings.ngrams(["a", "b", "c", "d"], (1, 3), separator="_"))
print(tf.strings.ngrams([["a", "b", "c"], ["d", "e", "f"]], 2))
print(tf.strings.ngrams(["a", "b"], 3))
print(tf.strings.ngrams(["a", "b"], 3, pad_values=("<s>", "</s>")))
print(tf.strings.ngrams(["a", "b", "c"], 2, pad_values="#", padding_width=1))
print(tf.strings.ngrams(["a", "b", "c"], 2, preserve_short_sequences=True))
print(tf.strings.ngrams(tf.strings.split(["a b c", "d e"]), 2))
print(tf.strings.bytes_split("abc"))
print(tf.strings.bytes_split(["ab", "c"]))
print(tf.strings.unicode_split("héllo", "UTF-8"))
print(tf.strings.unicode_split(["héllo", "wö"], "UTF-8"))
print(tf.strings.unicode_split(b"h\xffi", "UTF-8"))
print(tf.strings.unicode_split(b"h\xffi", "UTF-8", errors="ignore"))
print(tf.strings.bytes_split(tf.constant([["ab"], ["c"]])))
print(tf.strings.ngrams(["a", "b"], 3, pad_values="#", preserve_short_sequences=True))
print(tf.strings.ngrams(["a"], 3, preserve_short_sequences=True))
print(tf.strings.ngrams(["a", "b"], 4, pad_values="#", padding_width=1, preserve_short_sequences=True))
print(tf.strings.ngrams([], 2))
print(tf.strings.ngrams(tf.strings.split(["a b c", ""]), (1, 2), pad_values=("<", ">")))
print(tf.strings.ngrams(tf.strings.split([["a b", "c"], ["d e f", "g"]]), 2))
print(tf.strings.unicode_split(b"\xe2\x82", "UTF-8"))
print(tf.strings.unicode_split(b"a\xf0\x9f\x98\x80b\xed\xa0\x80", "UTF-8"))
print(tf.strings.unicode_split("x\xe9", "UTF-8", replacement_char=63))
for bad in [lambda: tf.strings.ngrams(["a"], 0), lambda: tf.strings.ngrams(["a"], 2, padding_width=1), lambda: tf.strings.ngrams("a", 2),
            lambda: tf.strings.ngrams(["a"], 2, pad_values=3), lambda: tf.strings.unicode_split(b"\xff", "UTF-8", errors="strict")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
