/** Public reference data (units, officials, meetings, categories, media) is readable by everyone. */
export const anyone = (): boolean => true
