/** Says once per run which databases the integration suite runs on, and why one is skipped. */
export default function announceDatabases(): void {
  if (process.env.TEST_MONGODB_URI) {
    console.log('Integration tests run on SQLite and on MongoDB (TEST_MONGODB_URI).')
  } else {
    console.log(
      'MongoDB leg skipped: TEST_MONGODB_URI is not set (README, "Tests on MongoDB"). Integration tests run on SQLite only.',
    )
  }
}
