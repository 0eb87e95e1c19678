//! Resource ids of the framework attributes (`android.R.attr`) this module reads.
//!
//! Android resolves manifest and resource-XML attributes by these ids (through the file's
//! resource map), never by their names, which malware renames to mislead tools. Each id below
//! was checked against `aapt dump xmltree` output on the corpus APKs (it prints
//! `android:name(0x01010003)`), except those marked "public.xml", taken from AOSP
//! `frameworks/base/core/res/res/values/public.xml`.

/// The android namespace URI.
pub const ANDROID_NS: &str = "http://schemas.android.com/apk/res/android";

/// `(resource id, attribute name)`, sorted by id.
pub const FRAMEWORK_ATTRS: &[(u32, &str)] = &[
    (0x0101_0000, "theme"),
    (0x0101_0001, "label"),
    (0x0101_0002, "icon"),
    (0x0101_0003, "name"),
    (0x0101_0006, "permission"),
    (0x0101_0007, "readPermission"),  // public.xml
    (0x0101_0008, "writePermission"), // public.xml
    (0x0101_000c, "hasCode"),         // public.xml
    (0x0101_000d, "persistent"),
    (0x0101_000e, "enabled"),
    (0x0101_000f, "debuggable"),
    (0x0101_0010, "exported"),
    (0x0101_0011, "process"), // public.xml
    (0x0101_0013, "multiprocess"),
    (0x0101_0014, "finishOnTaskLaunch"),
    (0x0101_0017, "excludeFromRecents"),
    (0x0101_0018, "authorities"),         // public.xml
    (0x0101_001b, "grantUriPermissions"), // public.xml
    (0x0101_001c, "priority"),
    (0x0101_001d, "launchMode"),
    (0x0101_0020, "description"),
    (0x0101_0024, "value"),
    (0x0101_0025, "resource"),
    (0x0101_0026, "mimeType"),
    (0x0101_0027, "scheme"),
    (0x0101_0028, "host"),
    (0x0101_0029, "port"),
    (0x0101_002a, "path"),
    (0x0101_002b, "pathPrefix"),
    (0x0101_002c, "pathPattern"),
    (0x0101_0202, "targetActivity"),
    (0x0101_020c, "minSdkVersion"),
    (0x0101_021b, "versionCode"),
    (0x0101_021c, "versionName"),
    (0x0101_0225, "settingsActivity"),
    (0x0101_0270, "targetSdkVersion"),
    (0x0101_0271, "maxSdkVersion"),
    (0x0101_0272, "testOnly"), // public.xml
    (0x0101_0280, "allowBackup"),
    (0x0101_028e, "required"),
    (0x0101_02b7, "installLocation"),
    (0x0101_0380, "accessibilityEventTypes"),
    (0x0101_0381, "packageNames"),
    (0x0101_0382, "accessibilityFeedbackType"),
    (0x0101_0383, "notificationTimeout"),
    (0x0101_0384, "accessibilityFlags"),
    (0x0101_0385, "canRetrieveWindowContent"),
    (0x0101_04ec, "usesCleartextTraffic"),  // public.xml
    (0x0101_0527, "networkSecurityConfig"), // public.xml
    (0x0101_052c, "roundIcon"),
    (0x0101_0572, "compileSdkVersion"),
    (0x0101_0573, "compileSdkVersionCodename"),
    (0x0101_0599, "foregroundServiceType"),
];

/// The framework name of attribute `id`, if it is one this module knows.
pub fn framework_attr_name(id: u32) -> Option<&'static str> {
    FRAMEWORK_ATTRS
        .binary_search_by_key(&id, |&(i, _)| i)
        .ok()
        .and_then(|i| FRAMEWORK_ATTRS.get(i))
        .map(|&(_, name)| name)
}

/// The resource id of framework attribute `name`, if known.
pub fn framework_attr_id(name: &str) -> Option<u32> {
    FRAMEWORK_ATTRS
        .iter()
        .find(|&&(_, n)| n == name)
        .map(|&(id, _)| id)
}

macro_rules! ids {
    ($($konst:ident = $name:literal;)*) => {
        $(#[doc = concat!("`android:", $name, "`")] pub const $konst: u32 = match find($name) { Some(id) => id, None => 0 };)*
    };
}

const fn find(name: &str) -> Option<u32> {
    let mut i = 0;
    while i < FRAMEWORK_ATTRS.len() {
        let (id, n) = FRAMEWORK_ATTRS[i];
        if const_eq(n, name) {
            return Some(id);
        }
        i += 1;
    }
    None
}

const fn const_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

ids! {
    THEME = "theme";
    LABEL = "label";
    ICON = "icon";
    NAME = "name";
    PERMISSION = "permission";
    READ_PERMISSION = "readPermission";
    WRITE_PERMISSION = "writePermission";
    HAS_CODE = "hasCode";
    PERSISTENT = "persistent";
    ENABLED = "enabled";
    DEBUGGABLE = "debuggable";
    EXPORTED = "exported";
    PROCESS = "process";
    EXCLUDE_FROM_RECENTS = "excludeFromRecents";
    AUTHORITIES = "authorities";
    GRANT_URI_PERMISSIONS = "grantUriPermissions";
    PRIORITY = "priority";
    DESCRIPTION = "description";
    VALUE = "value";
    RESOURCE = "resource";
    MIME_TYPE = "mimeType";
    SCHEME = "scheme";
    HOST = "host";
    PORT = "port";
    PATH = "path";
    PATH_PREFIX = "pathPrefix";
    PATH_PATTERN = "pathPattern";
    TARGET_ACTIVITY = "targetActivity";
    MIN_SDK_VERSION = "minSdkVersion";
    VERSION_CODE = "versionCode";
    VERSION_NAME = "versionName";
    SETTINGS_ACTIVITY = "settingsActivity";
    TARGET_SDK_VERSION = "targetSdkVersion";
    MAX_SDK_VERSION = "maxSdkVersion";
    TEST_ONLY = "testOnly";
    ALLOW_BACKUP = "allowBackup";
    ACCESSIBILITY_EVENT_TYPES = "accessibilityEventTypes";
    PACKAGE_NAMES = "packageNames";
    ACCESSIBILITY_FEEDBACK_TYPE = "accessibilityFeedbackType";
    NOTIFICATION_TIMEOUT = "notificationTimeout";
    ACCESSIBILITY_FLAGS = "accessibilityFlags";
    CAN_RETRIEVE_WINDOW_CONTENT = "canRetrieveWindowContent";
    USES_CLEARTEXT_TRAFFIC = "usesCleartextTraffic";
    NETWORK_SECURITY_CONFIG = "networkSecurityConfig";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_constants_resolve() {
        assert!(FRAMEWORK_ATTRS.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(NAME, 0x0101_0003);
        assert_eq!(CAN_RETRIEVE_WINDOW_CONTENT, 0x0101_0385);
        assert_eq!(framework_attr_name(0x0101_021b), Some("versionCode"));
        assert_eq!(framework_attr_id("allowBackup"), Some(0x0101_0280));
        assert_eq!(framework_attr_name(0x7f01_0000), None);
    }
}
