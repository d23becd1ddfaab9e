import type { SeedEnv } from '../modules';
import { addComment } from '../comments/service';
import { createIdea, respondToIdea, supportIdea } from './service';

/** Demo ideas: a few residents' proposals, supports, a comment and an official's answer. */
export async function seedIdeas(env: SeedEnv): Promise<void> {
	const [anna, piotr, olena] = env.as.residents;
	if (!anna || !piotr || !olena) return;
	const a = await createIdea(anna, { title: 'Kurtyny wodne na Rynku Podgórskim', topic: 'heat', location: 'Rynek Podgórski', lat: '50.0441', lon: '19.9487', description: 'W upalne dni na Rynku Podgórskim nie ma gdzie się schłodzić. Proponuję kurtyny wodne i poidełka od czerwca do września.' });
	const b = await createIdea(piotr, { title: 'Ogrody deszczowe przy szkołach w Nowej Hucie', topic: 'greenery_water', districtId: '18', location: 'os. Centrum', description: 'Szkoły mają duże dachy i place. Woda z dachów mogłaby zasilać ogrody deszczowe, a uczniowie by się nimi opiekowali.' });
	const c = await createIdea(olena, { title: 'Fotowoltaika na dachach bloków komunalnych', topic: 'energy', description: 'Miasto mogłoby wspólnie ze spółdzielniami montować panele słoneczne na dachach bloków i obniżać rachunki mieszkańców.' });
	await supportIdea(piotr, a);
	await supportIdea(olena, a);
	await supportIdea(anna, b);
	await addComment(olena, { targetType: 'idea', targetId: a, body: 'Popieram, szczególnie dla seniorów i dzieci.' });
	await respondToIdea(env.as.official, b, { status: 'to_consultation', response: 'Dziękujemy! Ogrody deszczowe przy szkołach włączamy do konsultacji Planu adaptacji do zmian klimatu.' });
	void c;
	env.log('Seeded ideas.');
}
