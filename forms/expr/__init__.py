"""OneStop's safe expression language for form logic and eligibility rules.

Used for constraints, relevance (skip logic), calculated fields and scheme eligibility. Source
text is tokenized and parsed by hand into an immutable syntax tree (never Python ``eval``),
checked statically (function names, arities, ``matches`` patterns, literal dates, size limits)
and compiled once into closures, so :meth:`Expression.evaluate` is cheap to call repeatedly.

Grammar (EBNF; keywords are case-insensitive, function names are not)::

    expression  = or_expr ;
    or_expr     = and_expr , { "or" , and_expr } ;
    and_expr    = not_expr , { "and" , not_expr } ;
    not_expr    = "not" , not_expr | comparison ;
    comparison  = additive , [ compare_op , additive
                             | [ "not" ] , "in" , ( "(" , [ items ] , ")" | additive ) ] ;
    compare_op  = "=" | "==" | "!=" | "<>" | "<" | "<=" | ">" | ">=" ;
    additive    = term , { ( "+" | "-" ) , term } ;
    term        = unary , { ( "*" | "/" | "%" ) , unary } ;
    unary       = ( "-" | "+" ) , unary | primary ;
    primary     = number | string | "true" | "false" | "null" | "." | call | path
                | "(" , expression , ")"
                | "(" , expression , "," , [ items ] , ")"      (* list *)
                | "[" , [ items ] , "]" ;                        (* list *)
    items       = expression , { "," , expression } , [ "," ] ;
    call        = identifier , "(" , [ expression , { "," , expression } ] , ")" ;
    path        = identifier , { "." , identifier } ;            (* no spaces around "." *)
    number      = digit , { digit } , [ "." , digit , { digit } ] ;
    string      = "'" , { char | escape } , "'" | '"' , { char | escape } , '"' ;
    escape      = "\\" , ( "\\" | "'" | '"' | "n" | "t" ) ;

Comparisons do not chain (``a < b < c`` is an error). After ``in``, parentheses always make
a list, so ``x in ('a')`` is a one-element list; the right side may also be any list value
such as a multi-select field. Limits: 4,000 characters, 1,000 tokens, 64 levels of nesting;
control characters other than tab/CR/LF and bidirectional overrides are rejected.

Values: None (unknown), bool, int, Decimal (decimal literals are Decimal, never float), str,
datetime.date, lists/tuples, and records (mappings, e.g. a household member).

Three-valued semantics: None means unknown or missing. Arithmetic, comparisons, ``in`` and
most functions return None when an operand is None. ``and``/``or``/``not`` follow Kleene
logic (``false and null`` is false, ``true or null`` is true, ``true and null`` and
``not null`` are null), short-circuiting once the result is decided; their operands must be
booleans or null. ``if(c, a, b)`` is null when ``c`` is null. ``is_set``/``present`` and
``coalesce`` never propagate null. Aggregates (``count``, ``any``, ``all``, ``sum``,
``min_of``, ``max_of``) evaluate their second argument once per item in a child scope in
which item fields shadow outer fields; ``count`` with a predicate, ``sum``, ``min_of`` and
``max_of`` are null if any item's value is null, ``any``/``all`` are Kleene or/and over
the items, and a null collection gives null.

Functions (arity is checked when parsing; unknown names are an ExprError)::

    today()  date(text_or_date)  age_years(birth[, on])  age_months(birth[, on])
    days_between(a, b)  year(d)  month(d)  day(d)  add_days(d, n)
    len(text_or_list)  lower(s)  upper(s)  trim(s)  concat(x, ...)  contains(s, part)
    starts_with(s, prefix)  ends_with(s, suffix)  matches(s, 'literal regex')
    selected(multi, choice)  count_selected(multi)  is_set(x)  present(x)
    coalesce(x, ...)  if(c, a, b)  min(x, ...)  max(x, ...)  abs(x)  round(x[, digits])
    int(x)  number(x)  string(x)
    count(list[, predicate])  any(list, predicate)  all(list, predicate)
    sum(list[, expr])  min_of(list[, expr])  max_of(list[, expr])

Choices worth knowing: ``on`` defaults to ``Scope.today``; ages compare (month, day) so a
29 February birthday counts on 1 March in common years, and a birth after ``on`` gives null.
``days_between(a, b)`` is ``b - a`` in days. ``/`` always gives a Decimal; ``%`` is the
truncated remainder (sign of the dividend, as in XPath). ``round`` rounds half away from
zero and returns an int when ``digits <= 0``. ``int`` truncates toward zero. ``number``
turns text into a Decimal and rejects malformed text with an EvalError. Multi-select values
are lists of strings or space-separated strings. ``=`` between different types (``'5' = 5``)
is an EvalError, while ``in`` simply treats them as unequal. Host functions declared with
``parse(..., extra_functions=...)`` receive evaluated arguments, nulls included; a float
result is converted to Decimal and any exception they raise becomes an EvalError.

Type errors (``date('2024-01-01') < 5``), division by zero and failing host functions raise
:class:`EvalError`; everything detectable before evaluation raises :class:`ExprError`.
"""

from .errors import EvalError, ExprError
from .expression import Expression, parse, truth
from .scope import Scope
from .values import Value

__all__ = ["EvalError", "ExprError", "Expression", "Scope", "Value", "parse", "truth"]
