// Every rule's good case passes valid_strict, all in one translation unit (the test
// compile_ok.all_good_cases): one compile instead of one per rule, as fmt builds its positive
// snippets together. A good case that breaks a rule stops the compile with that rule's named error,
// and the instantiation notes name the case (valid_strict<cases::good_<rule>>).
#include "cases/all.hpp"

#define X(name, code, section, sev, message) \
    static_assert(appwrite::schema::valid_strict<cases::good_##name>, "good_" #name " passes valid_strict");
#include <appwrite/schema/rule_catalogue.def>
#undef X

int main() {}
