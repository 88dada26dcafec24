from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Iterable, cast
import typing

Vector = List[float]
Matrix = List[Vector]
def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]
T = TypeVar('T')
def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None
print(scale([1.0, 2.0], 2), first([3, 4]), first([]), cast(int, '5'))
print(Vector, Matrix, Dict[str, int], Optional[int], Union[int, str], Union[int, None], Tuple[int, ...], Callable[[int], str], Any, T)
print(List, typing.TYPE_CHECKING, Union[int], Dict[str, List[int]])
