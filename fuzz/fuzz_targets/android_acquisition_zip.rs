#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| unstalk_android::acquisition::fuzz_read_zip(data));
