import { detectLanguage } from './src/langid/index.js';
const s = [
 'ئەمڕۆ لە هەولێر کۆبوونەوەیەک دەکرێت.',
 'سه‌ره‌ک کۆماری عێراق له‌گه‌ڵ شاندێکی ئه‌مریکی کۆبووه‌وه‌',
 'كوردستان هەرێمێكى جوانە و خەڵكەكەى میواندۆستن',
 'این کتاب را دیروز از کتاب‌فروشی خریدم.',
 'ما می‌خواهیم به تهران برویم.',
 'قال الرئيس إن الحكومة ستعمل على حل المشكلة في أقرب وقت.',
 'ذهبت إلى المدرسة صباحاً.',
 'Ez ji Amedê me û li Stenbolê dixebitim.',
 'Serokê Herêma Kurdistanê îro bi şandeke Amerîkî re civiya.',
 'The president met the delegation in Erbil on Monday.',
 'ئەز ژ دهۆکێ مە و ل زاخۆ کار دکەم.',
 'ئەڤ پرۆژە دێ ل دەڤەرا بەهدینان هێتە جێبەجێکرن.',
 'Bonjour tout le monde',
 '12345', '',
 'Ev pirtûk li ser dîroka kurdan e.',
];
for (const t of s) console.log(JSON.stringify(detectLanguage(t)), t);
