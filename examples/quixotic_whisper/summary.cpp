// Prints a summary of the quixotic_whisper schema; compiling it is validating it.
#include "quixotic_whisper_schema.hpp"
#include "../print_summary.hpp"

int main() { return examples::print_summary<quixotic_whisper::project>(); }
