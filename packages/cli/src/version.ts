/** The Nimbus version (kept equal to the package.json versions by a test). */
export const VERSION = '0.1.0';
