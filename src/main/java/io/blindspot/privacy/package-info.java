/**
 * A person's data, as the GDPR asks for it: everything stored about a person, exported for them as
 * JSON and as a readable PDF ({@link io.blindspot.privacy.PersonalDataExport}); an administrator's
 * erasure of a person on their request ({@link io.blindspot.privacy.Erasure}); and the retention
 * run that anonymises old results on one node of the cluster. It sits above the workshops because
 * it reads and erases what every feature stores about a person, each through that feature's own
 * {@code Personal…} service.
 */
package io.blindspot.privacy;
