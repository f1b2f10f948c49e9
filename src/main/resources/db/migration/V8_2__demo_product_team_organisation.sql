-- Issue 8: the demo loader filed the product team under the sales organisation. Corrects demo data
-- loaded before the fix; touches nothing else (only this team name with this organisation).
update team set organisation = 'Northwind Product'
 where name = 'Product leadership' and organisation = 'Northwind Sales (225 people)';
