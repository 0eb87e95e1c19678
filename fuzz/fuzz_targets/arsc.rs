#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| unstalk_apk::manifest::fuzz_parse_arsc(data));
