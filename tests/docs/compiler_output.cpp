// A user's file that checks one rule case of tests/cases: what docs/rules.md quotes the compilers
// printing for it (tests/docs/compiler_output.py compiles it with AW_CASE_HEADER, AW_CASE, AW_CHECK).
#include AW_CASE_HEADER

static_assert(appwrite::schema::AW_CHECK<cases::AW_CASE>);
