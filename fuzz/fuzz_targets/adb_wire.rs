#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| unstalk_adb_replay::fuzz_read_messages(data));
