import { readFileSync } from 'node:fs';
import { findEntities, type EntityToken } from './src/entities/index.js';
import { normalize } from './src/normalize/index.js';
const lines = readFileSync('/work/shared/data/ner/agackner-train.txt','utf8').split('\n');
let words: string[]=[], tags: string[]=[]; const fp=new Map<string,number>(), fn=new Map<string,number>();
const inc=(m:Map<string,number>,k:string)=>m.set(k,(m.get(k)??0)+1);
function proc(){
  const tokens: EntityToken[]=[]; let o=0; for(const w of words){tokens.push({start:o,end:o+w.length,normalized:normalize(w)});o+=w.length+1;}
  const text=words.join(' ');
  const gold=new Map<string,string>(); let type='',first=-1;
  const close=(l:number)=>{if(first>=0)gold.set(`${first}:${l}`,type);first=-1;};
  tags.forEach((t,i)=>{if(t.startsWith('B-')||(t.startsWith('I-')&&t.slice(2)!==type)){close(i-1);type=t.slice(2);first=i;}else if(t==='O')close(i-1);});close(tags.length-1);
  const pred=new Map<string,string>();
  for(const e of findEntities(text,{tokens})){const f=tokens.findIndex(t=>t.start===e.start),l=tokens.findIndex(t=>t.end===e.end);pred.set(`${f}:${l}`,e.type);}
  const ctx=(k:string)=>{const [f,l]=k.split(':').map(Number);return words.slice(f!,l!+1).join(' ');};
  for(const [k,t] of pred) if(gold.get(k)!==t) inc(fp,`${t}${gold.has(k)?'(gold '+gold.get(k)+')':''}\t${ctx(k)}`);
  for(const [k,t] of gold) if(pred.get(k)!==t) inc(fn,`${t}\t${ctx(k)}`);
}
for(const line of lines){const p=line.trim().split(/\s+/);if(p.length<2)continue;words.push(p[0]!);tags.push(p[1]!);if(p[0]==='.'&&p[1]==='O'){proc();words=[];tags=[];}}
const top=(m:Map<string,number>,re:RegExp)=>[...m].filter(([k])=>re.test(k)).sort((a,b)=>b[1]-a[1]).slice(0,+(process.argv[3]??40)).map(([k,v])=>v+' '+k).join('\n');
const re=new RegExp('^'+(process.argv[2]??''));
console.log('FP:\n'+top(fp,re)); console.log('FN:\n'+top(fn,re));
