#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| unstalk_android::dumpsys_package::fuzz_parse(data));
