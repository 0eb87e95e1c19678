#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| unstalk_adb::fuzz_host_protocol(data));
