#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| unstalk_indicators::formats::fuzz_read(unstalk_indicators::formats::FuzzFormat::EchapYaml, data));
