// Prints a summary of the intrada schema; compiling it is validating it.
#include "intrada_schema.hpp"
#include "../print_summary.hpp"

int main() { return examples::print_summary<intrada::project>(); }
