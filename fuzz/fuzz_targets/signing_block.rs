#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| unstalk_apk::signing::fuzz_signing_block(data));
