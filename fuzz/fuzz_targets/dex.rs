#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| unstalk_apk::dex::fuzz_parse(data));
