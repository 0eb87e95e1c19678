#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| unstalk_android::dump::fuzz_read_dump(data));
