#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| unstalk_android::accessibility::fuzz_parse(data));
