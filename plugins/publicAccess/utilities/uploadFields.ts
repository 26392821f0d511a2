/**
 * What an upload collection adds, always public: the file's name, type, size and URLs, and where
 * a storage adapter keeps it (the folder its URLs carry anyway), which serving the file looks up.
 * Payload adds most of them after every plugin; a storage adapter adds `url`, `sizes`, `prefix`
 * and `_objectKey` to the collection's own fields, before this plugin sees them.
 */
export const uploadFields = [
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'url',
  'thumbnailURL',
  'focalX',
  'focalY',
  'sizes',
  'prefix',
  '_objectKey',
]
