class Layer:
    count = 0

    def __init__(self, units, name=None):
        self.units = units
        self.name = name or 'layer'
        Layer.count += 1

    def __call__(self, x):
        return self.call(x)

    def call(self, x):
        return x * self.units

    def __repr__(self):
        return f'Layer({self.units!r}, name={self.name!r})'


class Double(Layer):
    def __init__(self):
        super().__init__(2, name='double')

    def call(self, x):
        return super().call(x) + 1


a = Layer(3)
b = Double()
print(a(5), b(5), Layer.count)
print(a, [b])
print(isinstance(b, Layer), isinstance(a, Double), type(b).__name__)
print(a.name, b.units, hasattr(a, 'units'), getattr(a, 'missing', 'dflt'))
