class Model:
    def __init__(self):
        self.learning_rate = 0.1

    def train(self):
        return self.learnin_rate * 2


print(Model().train())
