//! Compile-fail cases with their exact messages, plus cases that must compile.
//! Refresh the `.stderr` files with `TRYBUILD=overwrite cargo test -p mms-codec --test integration trybuild::`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass_*.rs");
    t.compile_fail("tests/ui/fail_*.rs");
}
