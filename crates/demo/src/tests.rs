use unstalk_apk::container::{self, Apk};
use unstalk_apk::manifest::{self, Limits};
use unstalk_apk::signing::{Scheme, Status, read_signatures};

use crate::apps;
use crate::cert::SigningKey;

#[test]
fn every_app_parses_and_its_v2_signature_verifies() {
    let key = SigningKey::generate("Test", "Test").expect("key");
    for app in apps::all() {
        let apk = Apk::from_bytes(app.apk(&key).expect("apk")).expect("container");
        let read =
            manifest::read_apk_manifest(&apk, &Limits::default(), &container::Limits::default())
                .expect("manifest");
        assert_eq!(read.manifest.package, app.package);
        assert!(
            read.manifest.anomalies().is_empty(),
            "{}: {:?}",
            app.file,
            read.manifest.anomalies()
        );
        assert_eq!(
            read.manifest.launcher_activities().is_empty(),
            !app.launcher
        );
        let signatures = read_signatures(&apk);
        let v2 = signatures.scheme(Scheme::V2).expect("v2");
        assert_eq!(v2.status, Status::Valid, "{}: {v2:?}", app.file);
        let certificate = signatures.signing_certificates()[0].clone();
        assert_eq!(certificate.sha1.to_uppercase(), key.sha1());
        assert!(
            signatures.anomalies().is_empty(),
            "{:?}",
            signatures.anomalies()
        );
    }
}
