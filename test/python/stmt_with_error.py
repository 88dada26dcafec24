class Resource:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("closing after", et.__name__)
        return False

with Resource() as r:
    r.missing_method()
