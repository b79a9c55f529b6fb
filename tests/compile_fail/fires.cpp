// One compile-fail case: the case header (-include) and the case name (-DAW_CASE) come from the
// command line; AW_CHECK is valid (errors) or valid_strict (warnings too).
#ifndef AW_CHECK
#define AW_CHECK valid
#endif

static_assert(appwrite::schema::AW_CHECK<cases::AW_CASE>);

int main() {}
