# print() writes to whatever sys.stdout holds, one write() per piece, as CPython does
import sys
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
w = W()
old = sys.stdout
sys.stdout = w
print("hi", 5)
sys.stdout = old
print(w.parts)
