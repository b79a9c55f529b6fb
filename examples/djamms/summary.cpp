// Prints a summary of the djamms schema; compiling it is validating it.
#include "djamms_schema.hpp"
#include "../print_summary.hpp"

int main() { return examples::print_summary<djamms::project>(); }
