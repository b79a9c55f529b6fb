// The baseline of benchmarks/compile/paired.sh: a translation unit with nothing in it.
int unused_symbol_of_an_empty_tu();
