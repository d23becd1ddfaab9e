export async function seedPanels() {}
