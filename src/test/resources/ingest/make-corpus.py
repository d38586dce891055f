# Writes the corpus files of IngestCorpusTests (byte-exact: encodings, BOMs, line ends).
# Run from src/test/resources/ingest/corpus: python3 ../make-corpus.py
import os
def w(name, text, enc='utf-8', bom=b'', nl='\n'):
    data = text.replace('\n', nl).encode(enc)
    open(name,'wb').write(bom + data)

S_HDR = 'session_id,network_id,date,type,mode,duration_minutes,headcount,topic\n'
# --- encodings
w('enc-cp949-korean-headers.csv',
  '회의ID,네트워크ID,회의일자,유형,운영방식,시간(분),참석인원,주제\n'
  'S-01,NET-1,2022-04-29,정기,대면,90,12,학교 자치와 교육과정 협의\n'
  'S-02,NET-2,2022-05-13,정기,비대면,60,20,학부모 참여 방안 논의\n', enc='cp949')
w('enc-utf16le-bom-tab.txt',
  '회의ID\t네트워크ID\t일자\t유형\t운영방식\t시간(분)\t참석인원\t주제\n'
  'S-01\tNET-1\t2022. 4. 29.\t정기\t대면\t90\t12\t학교 자치, 교육과정\n', enc='utf-16-le', bom=b'\xff\xfe', nl='\r\n')
w('enc-utf8-bom-korean.csv',
  '회의ID,네트워크ID,일자,유형,운영방식,시간(분),참석인원,주제\n'
  'S-01,NET-1,2022-04-29,정기,대면,90,12,학교 자치\n', bom=b'\xef\xbb\xbf', nl='\r\n')
# invalid byte on line 4 of a UTF-8 (BOM) file
data = ('\ufeff' + S_HDR + 'S-01,NET-1,2022-04-29,regular,offline,90,12,첫 회의\n'
        'S-02,NET-1,2022-05-06,regular,offline,90,12,둘째 회의\n').encode('utf-8') \
     + 'S-03,NET-1,2022-05-13,regular,offline,90,12,셋째 회의\n'.encode('cp949') \
     + 'S-04,NET-1,2022-05-20,regular,offline,90,12,넷째\n'.encode('utf-8')
open('enc-invalid-utf8-line4.csv','wb').write(data)
w('enc-latin1-unsupported.csv',
  'network_id,network_name,group,member_count\n'
  'NET-1,Müller Gruppe für Schüler und Lehrkräfte - Übersicht,TEACHER,12\n'
  'NET-2,Équipe des élèves à côté du café crème,PARENT,5\n', enc='latin-1')
# --- CSV syntax
w('csv-crlf.csv', S_HDR + 'S-01,NET-1,2022-04-29,regular,offline,90,12,a\nS-02,NET-2,2022-05-13,regular,online,60,20,b\n', nl='\r\n')
w('csv-semicolon.csv', S_HDR.replace(',', ';') + 'S-01;NET-1;2022-04-29;regular;offline;90;12;a, b\n')
w('csv-tab.tsv', S_HDR.replace(',', '\t') + 'S-01\tNET-1\t2022-04-29\tregular\toffline\t90\t12\t"a; b, c"\n')
w('csv-quoted-delimiters-and-quotes.csv', S_HDR +
  'S-01,NET-1,2022-04-29,regular,offline,90,12,"회의, ""중요"" 안건"\n'
  '"S-02","NET-2","2022-05-13","regular","online","60","20",""\n')
w('csv-alt-enter-line-breaks.csv',
  'respondent_id,group,school_id,q1,q2,q3,q4,q5,q6,comment\n'
  'R1,TEACHER,SCH-1,5,4,4,5,5,4,"첫 줄\n둘째 줄\n셋째 줄"\n'
  'R2,PARENT,SCH-2,3,3,3,3,3,3,한 줄\n', nl='\r\n')
w('csv-stray-quote.csv', S_HDR +
  'S-01,NET-1,2022-04-29,regular,offline,90,12,27" 모니터 구입\n'
  'S-02,NET-2,2022-05-13,regular,online,60,20,정상\n')
w('csv-unclosed-quote.csv', S_HDR +
  'S-01,NET-1,2022-04-29,regular,offline,90,12,"닫히지 않은 따옴표\n'
  'S-02,NET-2,2022-05-13,regular,online,60,20,정상\n'
  'S-03,NET-1,2022-05-20,regular,hybrid,30,8,정상\n')
w('csv-text-after-closing-quote.csv', S_HDR +
  'S-01,NET-1,2022-04-29,regular,offline,90,12,"안건"1\n'
  'S-02,NET-2,2022-05-13,regular,online,60,20,정상\n')
w('csv-unquoted-thousands-extra-fields.csv',
  'network_id,network_name,group,member_count\n'
  'NET-1,교사 네트워크,TEACHER,1,200\n'
  'NET-2,학부모 네트워크,PARENT,"1,200"\n')
w('csv-blank-rows-trailing-delimiters.csv',
  'network_id,network_name,group,member_count,,\n'
  '\n'
  'NET-1,교사 네트워크,TEACHER,12,,\n'
  ',,,,,\n'
  '   \n'
  'NET-2,학부모 네트워크,PARENT,5,,\n')
# --- headers
w('hdr-title-rows-above-header.csv',
  '2022학년도 서로나 네트워크 현황,,,\n'
  ',,,\n'
  '네트워크ID,네트워크명,구분,회원수\n'
  'NET-1,교사 네트워크,교사,12\n')
w('hdr-korean-any-order.csv',
  '주제,참석인원,시간(분),운영방식,유형,일자,네트워크ID,회의ID\n'
  '학교 자치,12,90,대면,정기,2022-04-29,NET-1,S-01\n')
w('hdr-fullwidth-and-spaces.csv',
  '\u3000회의ＩＤ\u3000, 네트워크 ID ,  날짜 ,유형,운영 방식,시간（분）,참석자수, 주제\n'
  'S-01,NET-1,2022-04-29,정기,대면,90,12,a\n')
w('hdr-unknown-extra-column.csv',
  'network_id,network_name,group,member_count,비고,담당자 연락처\n'
  'NET-1,교사 네트워크,TEACHER,12,메모,010-1234-5678\n')
w('hdr-missing-required-column.csv',
  '회의ID,네트워크ID,일자,유형,운영방식,시간(분),주제\n'
  'S-01,NET-1,2022-04-29,정기,대면,90,a\n')
w('hdr-empty.csv', '')
w('hdr-header-only.csv', 'network_id,network_name,group,member_count\n\n')
w('hdr-duplicate-meaning.csv',
  '회의ID,네트워크ID,일자,회의일자,유형,운영방식,시간(분),참석인원\n'
  'S-01,NET-1,2022-04-29,2022-04-29,정기,대면,90,12\n')
# --- coded values
w('val-group-variants.csv',
  '네트워크ID,네트워크명,집단,회원수\n'
  'N1,a,교장,1\nN2,b,Vice principal,2\nN3,c,교사,3\nN4,d,행정실장,4\nN5,e,교무행정사,5\nN6,f,학부모님,6\nN7,g,ＰＡＲＥＮＴ,7\nN8,h, teachers ,8\n')
w('val-unknown-group.csv',
  'network_id,network_name,group,member_count\n'
  'N1,a,교장,1\nN2,b,장학사,2\nN3,c,,3\nN4,d,JOINT,4\n')
w('val-type-mode-aliases.csv', S_HDR +
  'S-01,NET-1,2022-04-29,정기,대면,90,12,\n'
  'S-02,NET-2,2022-05-13,정기회의,비대면,60,20,\n'
  'S-03,NET-1,2022-05-20,Regular,온라인,60,20,\n'
  'S-04,,2022-06-03,합동,혼합,120,40,\n')
w('val-unknown-type-mode.csv', S_HDR +
  'S-01,NET-1,2022-04-29,특별,대면,90,12,\n'
  'S-02,NET-2,2022-05-13,정기,전화,60,20,\n')
# --- dates
dates = ['2022-04-29', '2022. 4. 29.', '2022.4.29', '2022. 04. 29', '2022/4/29', '2022년 4월 29일', '22.04.29',
         '2022. 4. 29. 오후 3:00', '44680', '2022-04-29 15:00:00', '20220429', '2022년 4월 29일 (금)']
w('date-accepted-forms.csv', S_HDR + ''.join(
  'S-%02d,NET-1,"%s",regular,offline,90,12,\n' % (i + 1, d) for i, d in enumerate(dates)))
w('date-impossible.csv', S_HDR +
  'S-01,NET-1,2022-02-30,regular,offline,90,12,\n'
  'S-02,NET-1,60,regular,offline,90,12,\n'
  'S-03,NET-1,2022-13-01,regular,offline,90,12,\n'
  'S-04,NET-1,2022. 4. 29. 오후 13:00,regular,offline,90,12,\n')
w('date-ambiguous.csv', S_HDR +
  'S-01,NET-1,04/05/2022,regular,offline,90,12,\n'
  'S-02,NET-1,29/04/2022,regular,offline,90,12,\n')
w('date-outside-year.csv', S_HDR +
  'S-01,NET-1,2021-05-01,regular,offline,90,12,\n'
  'S-02,NET-1,2023-02-28,regular,offline,90,12,\n'
  'S-03,NET-1,2023-03-01,regular,offline,90,12,\n')
w('date-not-a-date.csv', S_HDR +
  'S-01,NET-1,미정,regular,offline,90,12,\n'
  'S-02,NET-1,,regular,offline,90,12,\n')
# --- numbers
w('num-thousands-fullwidth-spaces.csv',
  'network_id,network_name,group,member_count\n'
  'N1,a,TEACHER,"1,200"\nN2,b,TEACHER,１２\nN3,c,TEACHER,  15  \nN4,d,TEACHER,30명\nN5,e,TEACHER,7.0\n')
w('num-negative-fraction-text.csv', S_HDR +
  'S-01,NET-1,2022-04-29,regular,offline,90,-3,\n'
  'S-02,NET-1,2022-04-29,regular,offline,90,2.5,\n'
  'S-03,NET-1,2022-04-29,regular,offline,약 90,12,\n'
  'S-04,NET-1,2022-04-29,regular,offline,0,12,\n'
  'S-05,NET-1,2022-04-29,regular,offline,90,"1,2",\n')
# --- survey
SV = 'respondent_id,group,school_id,q1,q2,q3,q4,q5,q6,comment\n'
w('svy-likert-labels.csv', SV +
  'R1,교사,SCH-1,전혀 그렇지 않다,그렇지 않다,보통이다,그렇다,매우 그렇다,매우그렇다,\n')
w('svy-missing-codes.csv', SV + 'R1,교사,SCH-1,, ,9,99,９,4,\n')
w('svy-out-of-range-cells.csv', SV + 'R1,교사,SCH-1,6,0,3.5,좋음,5,-1,\n')
w('svy-weight.csv', SV.replace('comment', 'weight') +
  'R1,교사,,5,5,5,5,5,5,1.25\nR2,교사,,4,4,4,4,4,4,0\nR3,교사,,3,3,3,3,3,3,\nR4,교사,,2,2,2,2,2,2,많음\n')
w('svy-comment-redaction.csv', SV +
  'R1,학부모,SCH-1,5,5,5,5,5,5,"김철수 선생님께 감사드립니다. 문의: 010-1234-5678, kim@school.kr"\n'
  'R2,학부모,SCH-1,4,4,4,4,4,4,이영희님 연락처 02-123-4567 또는 +82 10-9876-5432\n')
w('svy-item-labels-as-headers.csv',
  '응답자ID,구분,학교,상호 이해,문항2,Conflict resolution,q4,문항 5,Q6,기타 의견\n'
  'R1,교감,SCH-9,1,2,3,4,5,1,없음\n')
w('svy-missing-item-column.csv', 'respondent_id,group,q1,q2,q3,q4,q5\nR1,교사,1,2,3,4,5\n')
# --- attendance
w('att-participant-names.csv', '회의ID,성명,구분,학교\nS-01,홍길동,교사,SCH-1\nS-01,,교사,SCH-1\n')
w('att-unknown-session.csv', 'session_id,participant_id,group,school_id\nS-01,T1,TEACHER,SCH-1\nS-99,T2,TEACHER,SCH-1\n')
w('att-duplicates.csv', 'session_id,participant_id,group,school_id\nS-01,T1,TEACHER,SCH-1\nS-01,T2,TEACHER,SCH-1\nS-01, T1 ,TEACHER,SCH-1\n')
# --- sessions: network references, duplicates across files
w('ses-network-references.csv', S_HDR +
  'S-01,NET-404,2022-04-29,regular,offline,90,12,\n'
  'S-02,,2022-04-29,regular,offline,90,12,\n'
  'S-03,NET-1,2022-04-29,joint,offline,90,12,\n'
  ',NET-1,2022-04-29,regular,offline,90,12,\n')
w('ses-duplicates-a.csv', S_HDR + 'S-01,NET-1,2022-04-29,regular,offline,90,12,\nS-02,NET-1,2022-05-06,regular,offline,90,12,\n')
w('ses-duplicates-b.csv', S_HDR + 'S-02,NET-1,2022-05-06,regular,offline,90,12,\nS-03,NET-1,2022-05-13,regular,offline,90,12,\n')
w('ses-personal-data-in-topic.csv', S_HDR + 'S-01,NET-1,2022-04-29,regular,offline,90,12,박민수 교장 특강 (문의 010-2222-3333)\n')
w('att-attended-yes-no.csv', '회의ID,참여자ID,구분,참석여부\nS-01,T1,교사,Y\nS-01,T2,교사,N\nS-01,T3,교사,예\nS-01,T4,교사,아니오\nS-01,T5,교사,O\nS-01,T6,교사,X\nS-01,T7,교사,\nS-01,T8,교사,몰라\n')
open('enc-old-excel-xls-renamed.csv', 'wb').write(b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x00')
w('val-group-catalog-labels.csv', 'network_id,network_name,group,member_count\nN1,a,Principals,1\nN2,b,Education affairs staff,2\nN3,c,edu_staff,3\n')
w('ses-duplicates-reused-id.csv', S_HDR + 'S-02,NET-2,2022-09-02,regular,offline,90,12,\n')
w('net-duplicates.csv', 'network_id,network_name,group,member_count\nNET-1,a,TEACHER,1\nNET-1,a again,TEACHER,2\n')
w('enc-cp949-only-syllables.csv', 'network_id,network_name,group,member_count\r\nNET-1,똠방각하 쌰갈 네트워크 (CP949 확장 완성형),TEACHER,3\r\n', enc='cp949')
