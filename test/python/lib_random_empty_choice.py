import random

random.seed(1)
deck = ['ace', 'king', 'queen']
hand = [random.choice(deck) for _ in range(5)]
print(hand)
print(random.choice([]))
